// Every word of the welcome page, in one place for a later translation.
export const text = {
  title: 'Welcome to Backstory',
  lead: 'Backstory marks the people, places, organisations, documents and events of the news stories it knows, on any page you read, and explains each in a short, dated brief when you rest the pointer on it.',
  tryIt: 'Try it',
  tryHint: 'Rest the pointer on a marked name below: its card opens after a moment. Esc closes it.',
  sample:
    'At the Kremlin talks, Vladimir Putin received Steve Witkoff and Jared Kushner to discuss the 28-point peace plan. Russia says it has taken Pokrovsk; Ukraine and NATO dispute the claim.',
  legend: 'What the marks mean',
  legendHint: 'Each kind has its own colour and its own underline, so colour is never the only cue.',
  keyboard: 'Keyboard',
  shortcutBefore: 'Press ',
  shortcutAfter: ' to go to the next marked name on a page and open its card; Esc closes it.',
  unbound: 'The shortcut to go to the next marked name is not set in this browser yet.',
  setShortcut: 'Set a shortcut',
  privacy: 'Private by design',
  stories: 'Stories covered',
  briefs: 'briefs',
  settings: 'Open settings',
  settingsHint: 'Choose calm or every mention, the kinds to mark, the card’s delay and theme, and the sites Backstory runs on.',
  lookUp: 'Select any text and right-click to look it up: “Backstory: look up …” opens its brief, or the search.',
} as const;
