// The matcher's tables as a module of their own (tables.js): the content script imports it when a page's
// text first passes the prefilter (load-matcher.ts), so a frame that names nobody never holds them.
import tables from 'backstory:matcher-tables';

export default tables;
