// What the content script knows of the page beyond its names: which story it is about and when it
// was published. The page report carries it to the popup; the card uses it so that what it says fits the page.

export interface StoryLabel {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface PageRelevance {
  storyId: string;
  /** 0..1; the page is about the story at or above the threshold the relevance rule sets. */
  score: number;
  /** Why, in a few words each ("title names Witkoff", "5 specific entities"). */
  reasons: string[];
}

export interface PageContext {
  /** The story the page is about; absent when it is about none of ours. */
  relevance?: PageRelevance;
  /** The page's publication date where the page states it, YYYY-MM-DD. */
  published?: string;
}
