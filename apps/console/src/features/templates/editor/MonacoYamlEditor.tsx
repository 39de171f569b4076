import { useEffect, useId, useState } from 'react';
import { Skeleton } from 'antd';
import { Editor } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import type { Diagnostic } from '@cs/compose';
import { MARKER_OWNER, toMarkers } from './markers.ts';
import { monaco } from './monaco-setup.ts';

export interface MonacoYamlEditorProps {
  defaultValue: string;
  /** Shown as markers; replaced whenever a new analysis arrives. */
  diagnostics: readonly Diagnostic[];
  readOnly: boolean;
  height: number;
  /** Every change of the text, keystroke by keystroke. */
  onChange: (text: string) => void;
  onMount: (instance: editor.IStandaloneCodeEditor) => void;
}

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Template content',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: 13,
  minimap: { enabled: false },
  renderWhitespace: 'none',
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: true,
  quickSuggestions: { other: true, comments: false, strings: true },
};

/**
 * Monaco with YAML highlighting, completion and hover from the template schema, and the template's
 * diagnostics as markers. Uncontrolled (TOOLCHAIN.md): the text lives in Monaco's model.
 */
export function MonacoYamlEditor({
  defaultValue,
  diagnostics,
  readOnly,
  height,
  onChange,
  onMount,
}: MonacoYamlEditorProps) {
  // Its own model per editor; @monaco-editor/react disposes it on unmount.
  const path = `inmemory://container-service/template-${encodeURIComponent(useId())}.yaml`;
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor>();

  useEffect(() => {
    const model = instance?.getModel();
    if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(diagnostics));
  }, [instance, diagnostics]);

  return (
    <Editor
      defaultValue={defaultValue}
      defaultLanguage="yaml"
      path={path}
      height={height}
      options={{ ...OPTIONS, readOnly, domReadOnly: readOnly }}
      loading={<Skeleton active paragraph={{ rows: 8 }} style={{ padding: 16 }} />}
      onMount={(created) => {
        setInstance(created);
        onMount(created);
      }}
      onChange={(value) => onChange(value ?? '')}
    />
  );
}
