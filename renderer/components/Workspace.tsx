import { useRef } from 'react';
import { useAppStore } from '../store/app-store';
import { PANE_LIMITS } from '../store/layout-slice';
import { useTranslate } from '../i18n/translate';
import { ArticleList } from './ArticleList';
import { ChartPane } from '../chart/ChartPane';
import { NotesPane } from './NotesPane';
import { Splitter } from './Splitter';
import { ReaderPane } from '../reader/ReaderPane';

// The chart's share of the side column while the annotation editor is open.
const EDITING_CHART_PERCENT = 36;
// The reader never gets narrower than this; the list and the side column give way first.
const READER_MIN_PX = 380;

/** The three-column workspace: article list | reader | chart over notes, with splitters between. */
export function Workspace() {
  const t = useTranslate();
  const { listWidthPx, sideWidthPx, chartHeightPercent } = useAppStore((state) => state.paneSizes);
  const isEditing = useAppStore((state) => state.editingAnnotationId !== null);
  // While a note is edited the notes get the room its fields need; the chart keeps a smaller share.
  const chartShare = isEditing ? Math.min(chartHeightPercent, EDITING_CHART_PERCENT) : chartHeightPercent;
  const listColumn = `clamp(${PANE_LIMITS.listWidthPx.min}px, ${listWidthPx}px, 24vw)`;
  const sideColumn = `clamp(${PANE_LIMITS.sideWidthPx.min}px, ${sideWidthPx}px, calc(100vw - ${listColumn} - ${READER_MIN_PX + 2}px))`;
  const sideRef = useRef<HTMLDivElement>(null);
  const pixelsToPercent = (pixels: number) => (pixels / (sideRef.current?.clientHeight || 1)) * 100;

  return (
    <div
      className="workspace"
      style={{
        // The saved widths give way in narrower windows (down to their minimums) so the three panes always
        // fit side by side and the reader keeps a readable measure.
        gridTemplateColumns: `${listColumn} auto minmax(${READER_MIN_PX}px, 1fr) auto ${sideColumn}`,
      }}
    >
      <ArticleList />
      <Splitter pane="listWidthPx" label={t('splitter.list')} orientation="vertical" direction={1} />
      <ReaderPane />
      <Splitter pane="sideWidthPx" label={t('splitter.side')} orientation="vertical" direction={-1} />
      <div
        ref={sideRef}
        className="side-column"
        style={{
          gridTemplateRows: `minmax(0, ${chartShare}fr) auto minmax(0, ${100 - chartShare}fr)`,
        }}
      >
        <ChartPane />
        <Splitter
          pane="chartHeightPercent"
          label={t('splitter.chart')}
          orientation="horizontal"
          direction={1}
          pixelsToUnits={pixelsToPercent}
        />
        <NotesPane />
      </div>
    </div>
  );
}
