import { useAppStore } from './store/app-store';
import { AppHeader } from './components/AppHeader';
import { AboutDialog } from './components/AboutDialog';
import { StartupStatus } from './components/StartupStatus';
import { StatusToast } from './components/StatusToast';
import { ArticleUndoToast } from './components/ArticleUndoToast';
import { DeleteArticleDialog } from './components/DeleteArticleDialog';
import { Workspace } from './components/Workspace';
import { useArticleKeys } from './components/hooks/use-article-keys';
import { useDocumentSettings } from './components/hooks/use-document-settings';
import { useMenuCommands } from './components/hooks/use-menu-commands';
import { useInteractiveMark } from './components/hooks/use-interactive-mark';
import { ImportLayer } from './import/components/ImportLayer';
import { ExportLayer } from './export/components/ExportLayer';

/** The whole window: app bar over the workspace (or the start-up status), plus the About dialog. */
export function App() {
  const loadStatus = useAppStore((state) => state.loadStatus);
  useDocumentSettings();
  useArticleKeys();
  useMenuCommands();
  useInteractiveMark(loadStatus === 'ready');
  return (
    <div className="app">
      <AppHeader />
      {loadStatus === 'ready' ? <Workspace /> : <StartupStatus />}
      <AboutDialog />
      <StatusToast />
      <ArticleUndoToast />
      <DeleteArticleDialog />
      <ImportLayer />
      <ExportLayer />
    </div>
  );
}
