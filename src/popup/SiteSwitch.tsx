import { isActiveOn, withSite } from '../shared/settings.ts';
import { useSettings } from '../ui/use-settings.ts';

/** Turns Backstory off on this site or everywhere; open tabs apply the change at once. */
export function SiteSwitch({ host }: { host: string }) {
  const [settings, save] = useSettings();
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
