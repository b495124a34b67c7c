import { isActiveOn, withSite } from '../shared/settings.ts';
import { useSettings } from '../ui/use-settings.ts';

/** Turns Backstory off on this site or everywhere; open tabs apply the change at once. */
export function SiteSwitch({ host }: { host: string }) {
  const [settings, update] = useSettings();
  if (!settings) return null;
  return (
    <div class="switches">
      <label>
        <input type="checkbox" name="site" checked={isActiveOn({ ...settings, enabled: true }, host)} onChange={(e) => void update((current) => withSite(current, host, e.currentTarget.checked))} />
        On for {host || 'this page'}
      </label>
      <label>
        <input type="checkbox" name="everywhere" checked={settings.enabled} onChange={(e) => void update((current) => ({ ...current, enabled: e.currentTarget.checked }))} />
        On everywhere
      </label>
    </div>
  );
}
