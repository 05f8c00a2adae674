import { describe, expect, it } from 'vitest';
import { neutralizeMarkup } from '../../../../renderer/import/services/neutralize-markup';

describe('neutralizeMarkup', () => {
  it('drops event handler attributes and <base>, keeping text that merely mentions them', () => {
    const html =
      '<base href="https://evil.example/"><body onload="x()"><img src=a onerror=alert(1)>' +
      "<p title='t' onclick=\"go()\">Der Parameter onclick=ja bleibt im Text.</p><svg><a ONMOUSEOVER = 'y'>z</a></svg>";
    expect(neutralizeMarkup(html)).toBe(
      "<body><img src=a><p title='t'>Der Parameter onclick=ja bleibt im Text.</p><svg><a>z</a></svg>",
    );
  });
});
