import { useCallback, useState } from 'react';
import { useTemplateQuery } from '../../../data/templates/template-query.ts';
import { useEditedTemplate } from './use-edited-template.ts';

/** What an editor starts from before a template is picked: a key naming it and its text. */
export interface TemplateBase {
  key: string;
  content: string;
}

/**
 * The template being written on Create with Orchestration Template and Update: the base text (the
 * application's template, or nothing), or a template picked with Use Existing Orchestration
 * Template, as edited since. Each pick starts the editor afresh, also a second pick of the same one.
 */
export function useTemplateSource(base: TemplateBase, initialTemplateId?: string) {
  const [pick, setPick] = useState<{ id: string | undefined; n: number }>({ id: initialTemplateId, n: 0 });
  const picked = useTemplateQuery(pick.id ?? '', { enabled: Boolean(pick.id) });
  const editorKey = pick.id ? `${pick.id}#${pick.n}` : `${base.key}#${pick.n}`;
  const initialContent = pick.id ? (picked.data?.spec.content ?? '') : base.content;
  const edited = useEditedTemplate(editorKey, initialContent);

  const choose = useCallback((id: string) => setPick((p) => ({ id, n: p.n + 1 })), []);
  const reset = useCallback(() => setPick((p) => ({ id: undefined, n: p.n + 1 })), []);

  return {
    editorKey,
    initialContent,
    /** The picked template while it loads. */
    loading: Boolean(pick.id) && picked.isPending,
    picked: pick.id ? picked.data : undefined,
    pickError: pick.id ? picked.error : null,
    content: edited.content,
    analysis: edited.analysis,
    onChange: edited.onChange,
    choose,
    reset,
  };
}

export type TemplateSource = ReturnType<typeof useTemplateSource>;
