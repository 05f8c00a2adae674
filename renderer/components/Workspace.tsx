import { useRef } from 'react';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { ArticleList } from './ArticleList';
import { ChartPane } from '../chart/ChartPane';
import { NotesPane } from './NotesPane';
import { Splitter } from './Splitter';
import { ReaderPane } from '../reader/ReaderPane';

/** The three-column workspace: article list | reader | chart over notes, with splitters between. */
export function Workspace() {
  const t = useTranslate();
  const { listWidthPx, sideWidthPx, chartHeightPercent } = useAppStore((state) => state.paneSizes);
  const sideRef = useRef<HTMLDivElement>(null);
  const pixelsToPercent = (pixels: number) => (pixels / (sideRef.current?.clientHeight || 1)) * 100;

  return (
    <div
      className="workspace"
      style={{
        // The vw caps keep the reader usable in windows narrower than the saved sizes were chosen for.
        gridTemplateColumns: `min(${listWidthPx}px, 26vw) auto minmax(360px, 1fr) auto min(${sideWidthPx}px, 42vw)`,
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
          gridTemplateRows: `minmax(0, ${chartHeightPercent}fr) auto minmax(0, ${100 - chartHeightPercent}fr)`,
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
