import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Area } from '@/domain/area';
import { parsePlanText } from '@/domain/plan-text-import';
import type { ImportPreview } from '../utils/import-problems';
import { readImportFile } from '../utils/import-file';
import type { FileStatus, MeasuresInputProps } from './measures-input';

/** What `MeasuresInput` takes from the state of its list, besides the area names and the error. */
export type MeasuresInputState = Omit<MeasuresInputProps, 'areaNames' | 'error'>;

export interface MeasuresList {
  /** The props for `MeasuresInput`. */
  input: MeasuresInputState;
  /** The rows read from the file (a CSV or XLSX) or else from the text once shown; null before either. */
  preview: ImportPreview | null;
  /** Empties the list, the file and the preview (after a save). */
  clear: () => void;
}

/**
 * The list of measures of /planer/ny and «Legg til tiltak»: the pasted text, the preview of a chosen file, the file's
 * status and whether the text's preview is shown, with the handlers of `MeasuresInput`.
 */
export function useMeasuresInput(areas: readonly Area[]): MeasuresList {
  const [text, setText] = useState('');
  const [csv, setCsv] = useState<ImportPreview | null>(null);
  const [fileStatus, setFileStatus] = useState<FileStatus>(null);
  const [shown, setShown] = useState(false);
  const fileRequest = useRef(0);

  // A long text is read again as it is typed, in a render that yields to the typing.
  const deferredText = useDeferredValue(text);
  const textPreview = useMemo<ImportPreview | null>(() => (shown ? parsePlanText(deferredText, { areas }) : null), [shown, deferredText, areas]);
  const preview = csv ?? textPreview;

  const changeText = (next: string) => {
    setText(next);
    setCsv(null);
  };

  const chooseFile = (file: File) => {
    const request = ++fileRequest.current;
    setFileStatus({ kind: 'reading', name: file.name });
    void readImportFile(file, areas).then((chosen) => {
      // A file chosen after this one wins.
      if (request !== fileRequest.current) return;
      if (chosen.kind === 'refused') {
        setFileStatus({ kind: 'refused', name: chosen.name, problem: chosen.problem });
        return;
      }
      setFileStatus({ kind: chosen.kind, name: chosen.name });
      if (chosen.kind === 'text') {
        setText(chosen.text);
        setCsv(null);
      } else {
        setCsv(chosen.preview);
      }
      setShown(true);
    });
  };

  const clear = () => {
    setText('');
    setCsv(null);
    setFileStatus(null);
    setShown(false);
  };

  return {
    input: {
      text,
      onTextChange: changeText,
      fileStatus,
      usingCsv: csv !== null,
      onUseText: () => setCsv(null),
      onFile: chooseFile,
      onShow: () => setShown(true),
    },
    preview,
    clear,
  };
}
