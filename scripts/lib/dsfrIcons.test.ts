import { describe, expect, it } from 'vitest';
import { iconClassesIn, iconRulesFor } from './dsfrIcons';

const css =
  '/*! licence */.fr-icon-a-line:after,.fr-icon-a-line:before{mask-image:url(a.svg)}' +
  '.fr-icon-b-fill:after,.fr-icon-b-fill:before{mask-image:url(b.svg)}' +
  '.fr-icon-a-line-2:before{mask-image:url(a2.svg)}' +
  '@media (min-width:36em){\n  /*! media sm */}';

describe('the design system icons the client uses', () => {
  it('finds icon classes written in full, in code and in class lists', () => {
    const found = iconClassesIn([
      "iconId: 'fr-icon-a-line',",
      '<span class="fr-btn fr-icon-theme-fill fr-btn--icon-left">',
    ]);
    expect([...found].sort()).toEqual(['fr-icon-a-line', 'fr-icon-theme-fill']);
  });

  it('keeps the licence and only the rules of the classes used', () => {
    const cut = iconRulesFor(css, new Set(['fr-icon-a-line']));
    expect(cut).toContain('/*! licence */');
    expect(cut).toContain('.fr-icon-a-line:after,.fr-icon-a-line:before{mask-image:url(a.svg)}');
    expect(cut).not.toContain('b.svg');
    // A longer name that starts like a used one is another icon.
    expect(cut).not.toContain('a2.svg');
  });

  it('refuses a stylesheet whose shape it does not know', () => {
    expect(() => iconRulesFor('@media print{.fr-icon-a-line{color:red}}', new Set())).toThrow(
      /at-rule/,
    );
  });
});
