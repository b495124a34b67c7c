// happy-dom has no StaticRange: a plain record of the same fields stands in (real browsers run the e2e tests).
// Imported for its effect, before the code that makes marks.
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};
