'use client';
/**
 * Font-size and contrast toolbar (Circular 32/2017 Art. 18(2): font-size +/-; WCAG 2.1 1.4.4 resize text):
 * A- / A / A+ change the root font size in steps (87.5 % … 150 %), "Tương phản cao" toggles the `hc` class on
 * <html>. The choice is kept in localStorage (`cong.reader` = {"scale": number, "contrast": boolean}) and applied
 * before first paint by READER_BOOT_SCRIPT (readerSettings.ts), so a returning reader sees no jump. The buttons are rendered on
 * the server with fixed sizes (no layout shift when this component hydrates); their `aria-pressed` state follows the
 * stored choice after hydration.
 */
import React, { useEffect, useState } from 'react';
import { READER_SCALES, READER_STORAGE_KEY } from './readerSettings';

interface ReaderState {
  scale: number;
  contrast: boolean;
}

function read(): ReaderState {
  try {
    const r = JSON.parse(localStorage.getItem(READER_STORAGE_KEY) || '{}');
    const scale = READER_SCALES.includes(r.scale) ? r.scale : 1;
    return { scale, contrast: r.contrast === true };
  } catch {
    return { scale: 1, contrast: false };
  }
}

function apply(state: ReaderState): void {
  const root = document.documentElement;
  root.style.fontSize = state.scale === 1 ? '' : `${state.scale * 100}%`;
  root.classList.toggle('hc', state.contrast);
  try {
    localStorage.setItem(READER_STORAGE_KEY, JSON.stringify(state));
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

export interface ReaderToolbarLabels {
  toolbar: string;
  smaller: string;
  normalSize: string;
  larger: string;
  contrast: string;
  contrastShort: string;
}

export function ReaderToolbar({ labels }: { labels: ReaderToolbarLabels }) {
  const [state, setState] = useState<ReaderState>({ scale: 1, contrast: false });
  useEffect(() => setState(read()), []);
  const update = (next: ReaderState) => {
    setState(next);
    apply(next);
  };
  const i = READER_SCALES.indexOf(state.scale as (typeof READER_SCALES)[number]);
  const step = (d: number) => update({ ...state, scale: READER_SCALES[Math.min(READER_SCALES.length - 1, Math.max(0, i + d))] });
  return (
    <div className="reader-tools" role="group" aria-label={labels.toolbar}>
      <button type="button" className="rt-btn font-size-down" onClick={() => step(-1)} disabled={i === 0} title={labels.smaller}>
        A-<span className="visually-hidden"> {labels.smaller}</span>
      </button>
      <button type="button" className="rt-btn font-size-reset" onClick={() => update({ ...state, scale: 1 })} aria-pressed={state.scale === 1} title={labels.normalSize}>
        A<span className="visually-hidden"> {labels.normalSize}</span>
      </button>
      <button type="button" className="rt-btn font-size-up" onClick={() => step(1)} disabled={i === READER_SCALES.length - 1} title={labels.larger}>
        A+<span className="visually-hidden"> {labels.larger}</span>
      </button>
      <button type="button" className="rt-btn rt-contrast" onClick={() => update({ ...state, contrast: !state.contrast })} aria-pressed={state.contrast} title={labels.contrast}>
        {labels.contrastShort}
        <span className="visually-hidden"> ({labels.contrast})</span>
      </button>
    </div>
  );
}
