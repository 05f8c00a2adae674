import { useId, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useAppStore } from '../store/app-store';
import { selectSelectedArticle } from '../store/selectors';
import { useTranslate } from '../i18n/translate';
import type { Article } from '../../shared/model/article';
import { blockStartOffsets, rangesInBlock, type HighlightRange } from './highlight-ranges';
import { codePointLength } from '../../shared/text/code-points';
import { ArticleBlock } from './ArticleBlock';
import { ReaderHeader } from './ReaderHeader';
import { usePassageFlash } from './use-passage-flash';
import { useAnnotationHighlights, useAnnotationLayer } from '../annotations/hooks/use-annotation-layer';
import { ReaderAnnotations } from '../annotations/components/ReaderAnnotations';
import { useFigureSuggestions } from '../figures/use-figure-suggestions';
import { ReaderFigures } from '../figures/components/ReaderFigures';

/** Imports often repeat the title as the first block; the header already shows it. */
function isRepeatedTitle(article: Article, index: number): boolean {
  const block = article.blocks[index];
  return (
    index === 0 &&
    block !== undefined &&
    block.kind === 'heading' &&
    block.text.trim() === article.title.trim()
  );
}

/** Props of ArticleView. */
interface ArticleViewProps {
  article: Article;
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * One article as an <article> headed by its title. Figure marks and the passage flash are <mark> elements
 * cut into the blocks; annotations are painted over the text as CSS highlights (no element per highlight).
 */
function ArticleView({ article, scrollRef }: ArticleViewProps) {
  const headingId = useId();
  const flashRanges = usePassageFlash(article.id, scrollRef);
  const annotations = useAnnotationLayer(article);
  const figures = useFigureSuggestions(article);
  // Every block segments against the same ranges: figure marks and the passage flash.
  const ranges: HighlightRange[] = useMemo(
    () => [...figures.ranges, ...flashRanges],
    [figures.ranges, flashRanges],
  );
  const starts = useMemo(() => blockStartOffsets(article.blocks), [article.blocks]);
  // Each block gets only the ranges touching it, so ArticleBlock's memo skips blocks a change missed.
  const blockRanges = useMemo(
    () =>
      article.blocks.map((block, index) => {
        const start = starts[index] ?? 0;
        return rangesInBlock(ranges, start, start + codePointLength(block.text));
      }),
    [article.blocks, starts, ranges],
  );
  // Its own element, not scrollRef: a parent's ref is not attached yet when this component's layout effects run.
  const articleRef = useRef<HTMLElement>(null);
  useAnnotationHighlights(articleRef, annotations, blockRanges);
  return (
    <article ref={articleRef} className="reader__article" aria-labelledby={headingId} lang={article.language}>
      <ReaderHeader article={article} headingId={headingId} />
      <ReaderFigures article={article} suggestions={figures.suggestions} containerRef={scrollRef} />
      <div className="reader__body">
        {article.blocks.map((block, index) =>
          isRepeatedTitle(article, index) ? null : (
            <ArticleBlock
              key={index}
              block={block}
              startCodePoints={starts[index] ?? 0}
              ranges={blockRanges[index] ?? []}
            />
          ),
        )}
      </div>
      <ReaderAnnotations article={article} annotations={annotations.painted} containerRef={scrollRef} />
    </article>
  );
}

/** The reader pane: the selected article, scrolled to the top whenever the selection changes. */
export function ReaderPane() {
  const t = useTranslate();
  const article = useAppStore(selectSelectedArticle);
  const scrollRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [article?.id]);

  return (
    <main className="pane reader" aria-label={t('reader.label')}>
      <div ref={scrollRef} className="reader__scroll" tabIndex={0}>
        {article ? (
          <ArticleView key={article.id} article={article} scrollRef={scrollRef} />
        ) : (
          <p className="empty-note">{t('reader.empty')}</p>
        )}
      </div>
    </main>
  );
}
