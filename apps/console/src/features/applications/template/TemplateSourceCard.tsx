import { useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { Alert, Button, Card, Skeleton } from 'antd';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { TemplateEditor } from '../../templates/editor/TemplateEditor.tsx';
import type { TemplateEditorHandle } from '../../templates/editor/TemplateEditor.tsx';
import { SelectTemplateDialog } from './SelectTemplateDialog.tsx';
import { TemplateErrors } from '../../templates/editor/TemplateErrors.tsx';
import type { TemplateSource } from './use-template-source.ts';

interface TemplateSourceCardProps {
  source: TemplateSource;
  editorRef: Ref<TemplateEditorHandle>;
  /** Errors that stop the operation: the editor's (at the last try) and the BFF's. */
  errors: readonly string[];
  /** "creating", "updating". */
  stops: string;
  /** Said in the Use Existing Orchestration Template dialog. */
  selectNote?: string;
  /** Shown above the editor. */
  notice?: ReactNode;
}

/** The Template card: Use Existing Orchestration Template, then the editor with Services Contained. */
export function TemplateSourceCard({ source, editorRef, errors, stops, selectNote, notice }: TemplateSourceCardProps) {
  const [selecting, setSelecting] = useState(false);
  return (
    <Card
      title="Template"
      extra={<Button onClick={() => setSelecting(true)}>Use Existing Orchestration Template</Button>}
    >
      {source.pickError && <LoadFailureAlert what="The template" error={source.pickError} />}
      {source.picked && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`From the template ${source.picked.metadata.name}: edit it here or with the services on the right. The saved template itself does not change.`}
        />
      )}
      {notice}
      <TemplateErrors errors={errors} stops={stops} />
      {source.loading ? (
        <Skeleton active />
      ) : (
        <TemplateEditor
          key={source.editorKey}
          ref={editorRef}
          initialContent={source.initialContent}
          onChange={source.onChange}
          height={460}
        />
      )}
      {selecting && (
        <SelectTemplateDialog
          note={selectNote}
          onCancel={() => setSelecting(false)}
          onSelect={(id) => {
            source.choose(id);
            setSelecting(false);
          }}
        />
      )}
    </Card>
  );
}
