"""The colour arithmetic the contrast checks run in the page (WCAG 2.1's relative luminance):
a colour's channels, the nearest opaque background up an element's ancestors, a translucent
colour laid over it, and its luminance. Shared by the browser tests of text and bar contrast."""

COLOUR_FUNCTIONS = """
  const rgba = (text) => (text.match(/[\\d.]+/g) || []).map(Number);
  const behind = (node) => {
    for (; node; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const over = (fg, bg) => fg.length === 4
    ? fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3])) : fg.slice(0, 3);
  const luminance = (c) => c.map((v) => v / 255)
    .map((v) => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
"""
