// Sites by name, as a reader types them ("BBC.co.uk", "https://www.bbc.co.uk/news") and as a tab's host gives them.
// A listed site covers its subdomains: "bbc.co.uk" covers "www.bbc.co.uk".
const hostPattern = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/;

/** The host name a typed site stands for, lower case and punycoded; undefined when it is not one. */
export function siteNameOf(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  let host: string;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '');
  return hostPattern.test(host) && !host.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-')) ? host : undefined;
}

export const siteCovers = (site: string, host: string): boolean => host === site || host.endsWith(`.${site}`);
