import { sanitizeRichText } from './sanitize-rich-text';

describe('sanitizeRichText', () => {
  it.each([
    ['<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['<img src="x" onerror="alert(1)">', ''],
    ['<a href="javascript:alert(1)">x</a>', '<a target="_blank" rel="noopener noreferrer">x</a>'],
    ['<p style="background:url(javascript:alert(1))" onclick="x()">t</p>', '<p>t</p>'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<img src="data:image/png;base64,AAAA">', ''],
    ['<img src="http://insecure.example/a.png">', ''],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'x'],
  ])('removes what could run: %s', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('keeps formatting, tables, links and bank images', () => {
    const html =
      '<p><strong>旧机</strong> <em>trade-in</em></p><ul><li>a</li></ul><table><tr><td colspan="2">1</td></tr></table>' +
      '<img src="@@FILE@@/0b6c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d" alt="phone">';
    const clean = sanitizeRichText(html);
    expect(clean).toBe(html.replace('alt="phone">', 'alt="phone" />'));
    expect(sanitizeRichText(clean)).toBe(clean);
    expect(sanitizeRichText('<a href="https://help.example/x">help</a>')).toBe('<a href="https://help.example/x" target="_blank" rel="noopener noreferrer">help</a>');
  });

  it('leaves plain text (with characters HTML would escape) readable', () => {
    expect(sanitizeRichText('5 < 6 & 7 > 3')).toBe('5 &lt; 6 &amp; 7 &gt; 3');
  });
});
