// How each kind is drawn on pages, read from the one stylesheet that draws it (content/highlights.css), so a
// legend shows exactly the page's colours and underlines without a copy of them.
import { entityKinds, type EntityKind } from './alias-index.ts';

const underlineStyles = ['solid', 'dashed', 'double', 'dotted', 'wavy'] as const;
export type UnderlineStyle = (typeof underlineStyles)[number];

export interface KindStyle {
  /** The declarations of the kind's ::highlight() rule, to use as an element's style. */
  css: string;
  underline: UnderlineStyle;
}

/** The declarations that draw each highlight of a stylesheet, by its name, gathered from every rule whose selectors name it. */
export function highlightDeclarations(css: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const [, selectors, body] of css.replace(/\/\*[^]*?\*\//g, '').matchAll(/([^{}]*)\{([^}]*)\}/g)) {
    for (const [, name] of selectors!.matchAll(/::highlight\(([\w-]+)\)/g)) {
      declarations.set(name!, [declarations.get(name!), body!.trim()].filter(Boolean).join(' '));
    }
  }
  return declarations;
}

export function kindStylesOf(highlightCss: string): Record<EntityKind, KindStyle> {
  const declarations = highlightDeclarations(highlightCss);
  return Object.fromEntries(
    entityKinds.map((kind) => {
      const css = declarations.get(`backstory-${kind}`);
      if (css === undefined) throw new Error(`highlights.css draws no ${kind}`);
      const decoration = /text-decoration\s*:([^;]*)/.exec(css)?.[1] ?? '';
      const underline = underlineStyles.find((style) => new RegExp(`\\b${style}\\b`).test(decoration)) ?? 'solid';
      return [kind, { css, underline }];
    }),
  ) as Record<EntityKind, KindStyle>;
}
