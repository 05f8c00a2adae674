import type { VocabularyTag } from '../model/annotation';
import type { PdfNode } from './pdf-types';

/** Print colours of a tag: a light background for the passage and a dark ink for bar, glyph and name. */
export interface TagLook {
  backgroundHex: string;
  inkHex: string;
}

// The reader's light-theme colours (renderer/annotations/annotations.css) mixed onto white paper.
const LOOKS: Record<VocabularyTag | 'free', TagLook> = {
  bullish: { backgroundHex: '#d5ecd9', inkHex: '#1d6b32' },
  bearish: { backgroundHex: '#f8dddd', inkHex: '#a52222' },
  risk: { backgroundHex: '#f9e3cb', inkHex: '#9a4d00' },
  catalyst: { backgroundHex: '#e9dff8', inkHex: '#6531b0' },
  question: { backgroundHex: '#d7e6f7', inkHex: '#1a5ea8' },
  'to-check': { backgroundHex: '#ede6c2', inkHex: '#6e5c00' },
  free: { backgroundHex: '#ececec', inkHex: '#4a4a4a' },
};

/** The print colours of a passage by its colouring tag (null: free tags only). */
export function tagLook(tag: VocabularyTag | null): TagLook {
  return LOOKS[tag ?? 'free'];
}

const SIZE = 9;

// Roboto has none of the reader's glyphs (▲▼⚠⚡✓), so each is drawn as a vector shape: distinct in black and white.
const SHAPES: Record<VocabularyTag | 'free', (ink: string) => PdfNode[]> = {
  bullish: (ink) => [
    polygon(
      [
        [0, SIZE],
        [SIZE / 2, 0],
        [SIZE, SIZE],
      ],
      ink,
    ),
  ],
  bearish: (ink) => [
    polygon(
      [
        [0, 0],
        [SIZE, 0],
        [SIZE / 2, SIZE],
      ],
      ink,
    ),
  ],
  risk: (ink) => [
    polygon(
      [
        [SIZE / 2, 0],
        [SIZE, SIZE / 2],
        [SIZE / 2, SIZE],
        [0, SIZE / 2],
      ],
      ink,
    ),
    { type: 'rect', x: SIZE / 2 - 0.6, y: 2, w: 1.2, h: 3.4, color: '#ffffff' },
    { type: 'rect', x: SIZE / 2 - 0.6, y: 6.2, w: 1.2, h: 1.1, color: '#ffffff' },
  ],
  catalyst: (ink) => [
    polygon(
      [
        [5.5, 0],
        [1, 5.2],
        [4.2, 5.2],
        [3, SIZE],
        [8, 3.6],
        [4.9, 3.6],
        [6.6, 0],
      ],
      ink,
    ),
  ],
  question: (ink) => [
    { type: 'ellipse', x: SIZE / 2, y: SIZE / 2, r1: 3.8, r2: 3.8, lineColor: ink, lineWidth: 1.3 },
  ],
  'to-check': (ink) => [
    {
      type: 'polyline',
      points: pts([
        [0.5, 4.8],
        [3.4, 7.8],
        [8.6, 1],
      ]),
      lineColor: ink,
      lineWidth: 1.7,
    },
  ],
  free: (ink) => [{ type: 'rect', x: 1.5, y: 1.5, w: 6, h: 6, lineColor: ink, lineWidth: 1.2 }],
};

function pts(points: [number, number][]) {
  return points.map(([x, y]) => ({ x, y }));
}

function polygon(points: [number, number][], ink: string): PdfNode {
  return { type: 'polyline', points: pts(points), closePath: true, color: ink, lineColor: ink };
}

/** The tag's glyph as a pdfmake canvas, SIZE points square, in the tag's ink. */
export function tagGlyph(tag: VocabularyTag | null): PdfNode {
  const look = tagLook(tag);
  return { canvas: SHAPES[tag ?? 'free'](look.inkHex), width: SIZE + 3, margin: [0, 1.5, 0, 0] };
}
