import { useEffect, useId, useRef, useState } from 'react';
import { Skeleton } from 'antd';
import { DiffEditor } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
// Configures the bundled Monaco for @monaco-editor/react (workers, no CDN), as the template editor does.
import '../../templates/editor/monaco-setup.ts';

export interface MonacoTemplateDiffProps {
  original: string;
  modified: string;
  height: number;
  /** After each diff: how many lines were added and removed. */
  onDiff?: (changes: { added: number; removed: number }) => void;
}

const OPTIONS: editor.IDiffEditorConstructionOptions = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  renderOverviewRuler: false,
};

/**
 * Monaco's DiffEditor, side by side and read-only. The models are released here, after the editor
 * let go of them: disposed first, Monaco would throw "TextModel got disposed before DiffEditorWidget
 * model got reset".
 */
export function MonacoTemplateDiff({ original, modified, height, onDiff }: MonacoTemplateDiffProps) {
  const id = encodeURIComponent(useId());
  const [instance, setInstance] = useState<editor.IStandaloneDiffEditor>();
  const latestOnDiff = useRef(onDiff);
  useEffect(() => {
    latestOnDiff.current = onDiff;
  });

  useEffect(() => {
    if (!instance) return undefined;
    const report = () => {
      const changes = instance.getLineChanges();
      if (!changes) return;
      const lines = (start: number, end: number) => (end === 0 ? 0 : end - start + 1);
      latestOnDiff.current?.({
        added: changes.reduce((n, c) => n + lines(c.modifiedStartLineNumber, c.modifiedEndLineNumber), 0),
        removed: changes.reduce((n, c) => n + lines(c.originalStartLineNumber, c.originalEndLineNumber), 0),
      });
    };
    const subscription = instance.onDidUpdateDiff(report);
    // The first diff may be done before this subscribed.
    report();
    return () => {
      subscription.dispose();
      const models = instance.getModel();
      instance.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    };
  }, [instance]);

  return (
    <DiffEditor
      original={original}
      modified={modified}
      language="yaml"
      originalModelPath={`inmemory://container-service/diff-${id}-current.yaml`}
      modifiedModelPath={`inmemory://container-service/diff-${id}-new.yaml`}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      height={height}
      options={OPTIONS}
      loading={<Skeleton active paragraph={{ rows: 8 }} style={{ padding: 16 }} />}
      onMount={setInstance}
    />
  );
}
