export function OptionsApp() {
  return (
    <>
      <h1>Backstory settings</h1>
      <p>Backstory works offline: it sends nothing anywhere and collects nothing.</p>
    </>
  );
}
