/**
 * Settings shared by the reader toolbar (client) and the page frame (server): the localStorage key, the font-size
 * steps and the boot script that applies a stored choice before first paint.
 */

export const READER_STORAGE_KEY = 'cong.reader';
/** Root font-size factors, smallest to largest; 1 is the default. */
export const READER_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;

/**
 * Inline script run at the top of <body> (before anything paints): applies the stored choice
 * (`{"scale": number, "contrast": boolean}`) to <html>: `style.fontSize` and the `hc` class. A few hundred bytes,
 * no network request; failures (storage disabled, bad JSON) leave the defaults.
 */
export const READER_BOOT_SCRIPT = `try{var r=JSON.parse(localStorage.getItem('${READER_STORAGE_KEY}')||'{}'),e=document.documentElement;if(r.scale!==1&&[${READER_SCALES.join(',')}].indexOf(r.scale)>=0)e.style.fontSize=r.scale*100+'%';if(r.contrast===true)e.classList.add('hc')}catch(_){}`;
