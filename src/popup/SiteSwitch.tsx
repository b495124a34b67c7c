import { t } from '../shared/i18n.ts';
import { isActiveOn, withSite } from '../shared/settings.ts';
import { useSettings } from '../ui/use-settings.ts';

/** Turns Backstory off on this site or everywhere; open tabs apply the change at once. */
export function SiteSwitch({ host }: { host: string }) {
  const [settings, update] = useSettings();
  if (!settings) return null;
  return (
    <div class="switches">
      <label>
        <input type="checkbox" name="site" checked={isActiveOn({ ...settings, enabled: true }, host)} onChange={(e) => {
          const on = e.currentTarget.checked;
          void update((current) => withSite(current, host, on));
        }} />
        {t('onForSite', host || t('thisPage'))}
      </label>
      <label>
        <input type="checkbox" name="everywhere" checked={settings.enabled} onChange={(e) => {
          const enabled = e.currentTarget.checked;
          void update((current) => ({ ...current, enabled }));
        }} />
        {t('onEverywhere')}
      </label>
    </div>
  );
}
