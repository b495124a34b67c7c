// What Backstory never does, said the same way on the options and the welcome page.
import { t, type MessageKey } from '../shared/i18n.ts';

const never: MessageKey[] = ['privacyNetwork', 'privacyCollect', 'privacyPage', 'privacyPermissions'];

export const PrivacyPromise = () => (
  <ul class="promise">
    {never.map((key) => (
      <li key={key}>{t(key)}</li>
    ))}
  </ul>
);
