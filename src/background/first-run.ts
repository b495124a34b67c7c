// First run: a fresh install opens the welcome page; an update or a browser update does not.
export const welcomePage = 'welcome.html';

export const opensWelcome = (details: { reason: string }): boolean => details.reason === 'install';
