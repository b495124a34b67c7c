// @vitest-environment happy-dom
// The gate before a session: it opens once, on the first text that may name someone, whether the page had
// it at load, in its title, or added, changed or unhid it later; a page naming nobody gets figures instead.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitMention, type MentionGate } from '../../../src/content/mention-gate.ts';

/** The stand-in prefilter: text "may mention" when it holds "Putin"; every call is kept. */
function gateOn(html: string, title = 'A page') {
  document.title = title;
  document.body.innerHTML = html;
  const asked: string[] = [];
  const onMention = vi.fn();
  const gate = awaitMention({
    mayMention: (parts) => {
      asked.push(parts.join(''));
      return parts.join('').includes('Putin');
    },
    cutOff: () => false,
    onMention,
  });
  gates.push(gate);
  return { gate, onMention, asked };
}
const gates: MentionGate[] = [];
/** Past the change watcher's batch (80 ms) and the walk's own tasks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('awaitMention', () => {
  afterEach(() => {
    for (const gate of gates.splice(0)) gate.stop();
    document.body.replaceChildren();
  });

  it('opens on a page that names someone, reading no further than that block', async () => {
    const { gate, onMention, asked } = gateOn('<p>Nothing here.</p><p>Vladimir <b>Putin</b> spoke.</p><p>Later text.</p>');
    await settle();
    expect(onMention).toHaveBeenCalledTimes(1);
    expect(asked).toEqual(['A page', 'Nothing here.', 'Vladimir Putin spoke.']);
    expect(gate.stats()).toBeNull();
  });

  it('opens on a name in the title alone, never while its caller is still making it', async () => {
    const { onMention } = gateOn('<p>Nothing here.</p>', 'Putin in Moscow');
    expect(onMention).not.toHaveBeenCalled();
    await settle();
    expect(onMention).toHaveBeenCalledTimes(1);
  });

  it('stays shut on a page naming nobody and gives the figures of its walk', async () => {
    const { gate, onMention, asked } = gateOn('<p>Nothing here.</p><ul><li>Nor here</li></ul><script>Putin</script>');
    await settle();
    expect(onMention).not.toHaveBeenCalled();
    expect(asked).toEqual(['A page', 'Nothing here.', 'Nor here']);
    const stats = gate.stats()!;
    expect(stats).toMatchObject({ marks: 0, registered: 0 });
    expect(stats.slices).toBeGreaterThan(0);
    expect(stats.totalMs).toBeGreaterThanOrEqual(stats.firstSliceMs);
  });

  it.each([
    ['a paragraph added', () => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Putin arrived.' }))],
    ['a text changed', () => (document.querySelector('p')!.firstChild!.nodeValue = 'Putin arrived.')],
    ['hidden text shown', () => document.querySelector('[hidden]')!.removeAttribute('hidden')],
    ['a title set later', () => (document.title = 'Putin arrived')],
  ])('opens on %s after load', async (_, change) => {
    const { onMention } = gateOn('<p>Nothing here.</p><div hidden><p>Putin waits.</p></div>');
    await settle();
    expect(onMention).not.toHaveBeenCalled();
    change();
    // The title is read with the next batch of changes.
    if (document.title.includes('Putin')) document.body.append('x');
    await settle();
    expect(onMention).toHaveBeenCalledTimes(1);
  });

  it('reads an open shadow root too', async () => {
    document.body.innerHTML = '<p>Nothing here.</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Putin, in a shadow root.</p>';
    const onMention = vi.fn();
    gates.push(awaitMention({ mayMention: (parts) => parts.join('').includes('Putin'), cutOff: () => false, onMention }));
    await settle();
    expect(onMention).toHaveBeenCalledTimes(1);
  });

  it('stops at the next change once its script is cut off from the extension', async () => {
    document.title = 'A page';
    document.body.innerHTML = '<p>Nothing here.</p>';
    let cut = false;
    const onMention = vi.fn();
    const gate = awaitMention({ mayMention: (parts) => parts.join('').includes('Putin'), cutOff: () => cut, onMention });
    gates.push(gate);
    await settle();
    expect(gate.stats()).not.toBeNull();
    cut = true;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Putin arrived.' }));
    await settle();
    expect(onMention).not.toHaveBeenCalled();
    expect(gate.stats()).toBeNull();
  });

  it('does nothing more once stopped', async () => {
    const { gate, onMention } = gateOn('<p>Nothing here.</p>');
    await settle();
    gate.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Putin arrived.' }));
    await settle();
    expect(onMention).not.toHaveBeenCalled();
    expect(gate.stats()).toBeNull();
  });
});
