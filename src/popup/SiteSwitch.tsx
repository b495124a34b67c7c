import { isActiveOn, withSite, type Settings } from '../shared/settings.ts';

/** Turns Backstory off on this site or everywhere; open tabs apply the change at once. */
export function SiteSwitch({ host, settings, save }: { host: string; settings: Settings; save(next: Settings): void }) {
  return (
    <div class="switches">
      <label>
        <input type="checkbox" name="site" checked={isActiveOn({ ...settings, enabled: true }, host)} onChange={(e) => save(withSite(settings, host, e.currentTarget.checked))} />
        On for {host || 'this page'}
      </label>
      <label>
        <input type="checkbox" name="everywhere" checked={settings.enabled} onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })} />
        On everywhere
      </label>
    </div>
  );
}
