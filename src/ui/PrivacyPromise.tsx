// What Backstory never does, said the same way on the options and the welcome page.
const never = [
  'Backstory never makes a network request: every brief is inside the extension.',
  'It never collects, keeps or sends what you read, search or click.',
  'It never changes a page’s text or layout: names are marked by the browser’s own highlighting.',
  'It asks for no permission beyond storing your settings and its right-click menu item.',
];

export const PrivacyPromise = () => (
  <ul class="promise">
    {never.map((line) => (
      <li key={line}>{line}</li>
    ))}
  </ul>
);
