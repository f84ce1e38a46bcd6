import { createPortal } from 'react-dom';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

/** Each zoom step multiplies or divides the scale by this. */
const ZOOM_STEP = 1.5;
/** The largest scale offered: 8 image pixels per screen pixel is enough to see single pixels. */
const MAX_SCALE = 8;

interface Props {
  src: string;
  alt: string;
  /** Shown in the toolbar; the dialog's accessible name is "Full size: <alt>" either way. */
  caption?: ReactNode;
  onClose: () => void;
}

/**
 * An image full size in an overlay on the native <dialog> (focus is trapped, Escape closes it, focus
 * returns to its opener). It opens fitted to the window; zoom in and out with the buttons, the + and -
 * keys or a double click, and drag (or scroll) to pan a zoomed image.
 */
export function Lightbox({ src, alt, caption, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // null: fitted to the stage; a number: image pixels times this many screen pixels.
  const [scale, setScale] = useState<number | null>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  // The fitted scale, measured when the image loads and the window resizes; 1 until then.
  const [fit, setFit] = useState(1);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const centre = useRef<{ x: number; y: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    // As in Modal: the browser does not give focus back to the opener of a dialog that leaves the page.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal?.();
    // Close first: the zoom buttons are the first focusable ones, but fitted, zoom out is disabled.
    closeRef.current?.focus();
    return () => {
      dialog?.close?.();
      opener?.focus();
    };
  }, []);

  // A new scale keeps the point that was in the middle of the stage in the middle.
  useLayoutEffect(() => {
    const stage = stageRef.current;
    const at = centre.current;
    if (!stage || !at) return;
    stage.scrollLeft = at.x * stage.scrollWidth - stage.clientWidth / 2;
    stage.scrollTop = at.y * stage.scrollHeight - stage.clientHeight / 2;
    centre.current = null;
  }, [scale]);

  /** The scale the fitted image is shown at (never above 1: a small image is not blown up to fit). */
  function measureFit(image: { width: number; height: number }) {
    const stage = stageRef.current;
    if (!stage || image.width === 0 || image.height === 0) return;
    setFit(Math.min(1, stage.clientWidth / image.width, stage.clientHeight / image.height));
  }

  useEffect(() => {
    if (!natural) return;
    const onResize = () => measureFit(natural);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [natural]);

  function zoomTo(next: number | null) {
    const stage = stageRef.current;
    if (stage && stage.scrollWidth > 0 && stage.scrollHeight > 0) {
      centre.current = {
        x: (stage.scrollLeft + stage.clientWidth / 2) / stage.scrollWidth,
        y: (stage.scrollTop + stage.clientHeight / 2) / stage.scrollHeight,
      };
    }
    setScale(next);
  }

  const shown = scale ?? fit;
  const zoomIn = () => zoomTo(Math.min(MAX_SCALE, shown * ZOOM_STEP));
  // Zooming out past the fitted size ends at the fitted size.
  const zoomOut = () => {
    const next = shown / ZOOM_STEP;
    zoomTo(next <= fit + 1e-9 ? null : next);
  };
  const zoomed = scale !== null;

  /** Tab past the last control comes back to the first (and Shift+Tab the other way), never to the browser's own bar. */
  function keepFocusIn(e: KeyboardEvent) {
    const controls = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]') ?? [])];
    const [first, last] = [controls[0], controls[controls.length - 1]];
    const wrapTo = e.shiftKey ? (document.activeElement === first ? last : null) : (document.activeElement === last ? first : null);
    if (wrapTo) {
      e.preventDefault();
      wrapTo.focus();
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Tab') {
      keepFocusIn(e);
      return;
    }
    if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
    const actions: Record<string, () => void> = { '+': zoomIn, '=': zoomIn, '-': zoomOut, '0': () => zoomTo(null), '1': () => zoomTo(1) };
    const action = actions[e.key];
    if (action && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      action();
    }
  }

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    const stage = stageRef.current;
    if (!zoomed || !stage || e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, left: stage.scrollLeft, top: stage.scrollTop };
    stage.setPointerCapture?.(e.pointerId);
    setDragging(true);
    e.preventDefault();
  }

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    const stage = stageRef.current;
    const start = drag.current;
    if (!stage || !start) return;
    stage.scrollLeft = start.left - (e.clientX - start.x);
    stage.scrollTop = start.top - (e.clientY - start.y);
  }

  function endDrag() {
    drag.current = null;
    setDragging(false);
  }

  const width = zoomed && natural ? Math.round(natural.width * scale) : undefined;
  return (
    <dialog
      ref={dialogRef}
      className="lightbox"
      aria-label={`Full size: ${alt}`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // The browser may close it itself (a second Escape without a click between): the page follows.
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <div className="lightbox-toolbar">
        <span className="lightbox-caption">{caption ?? alt}</span>
        <span className="lightbox-scale" data-testid="lightbox-scale" aria-live="polite">
          {zoomed ? `${Math.round(shown * 100)} %` : natural ? `Fit, ${Math.round(shown * 100)} %` : 'Fit'}
        </span>
        {/* aria-disabled, not disabled: a button that turns disabled under the pointer would drop the focus out of the dialog. */}
        <ZoomButton label="Zoom out" hint="−" off={!zoomed} onClick={zoomOut}>−</ZoomButton>
        <ZoomButton label="Zoom in" hint="+" off={shown >= MAX_SCALE} onClick={zoomIn}>+</ZoomButton>
        <ZoomButton label="Fit to the window" hint="0" off={!zoomed} onClick={() => zoomTo(null)}>Fit</ZoomButton>
        <ZoomButton label="Actual size" hint="1" off={scale === 1} onClick={() => zoomTo(1)}>1:1</ZoomButton>
        <a className="button" href={src} target="_blank" rel="noreferrer">Open original</a>
        <button type="button" className="lightbox-close" onClick={onClose} aria-label="Close" ref={closeRef}>×</button>
      </div>
      <div
        ref={stageRef}
        className={`lightbox-stage${zoomed ? ' zoomed' : ''}${dragging ? ' dragging' : ''}`}
        data-testid="lightbox-stage"
        // Focusable, so the arrow keys pan a zoomed image and a click on it keeps the focus in the dialog.
        tabIndex={0}
        role="group"
        aria-label="Image; drag it, or use the arrow keys, to move a zoomed image"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onDoubleClick={() => (zoomed ? zoomTo(null) : zoomTo(Math.max(1, fit * ZOOM_STEP)))}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          className={zoomed ? undefined : 'fit'}
          style={width === undefined ? undefined : { width: `${width}px`, maxWidth: 'none', maxHeight: 'none' }}
          onLoad={(e) => {
            const size = { width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight };
            setNatural(size);
            measureFit(size);
          }}
        />
      </div>
    </dialog>
  );
}

function ZoomButton({ label, hint, off, onClick, children }: { label: string; hint: string; off: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-label={label} title={`${label} (${hint})`} aria-disabled={off} onClick={off ? undefined : onClick}>
      {children}
    </button>
  );
}

/** A picture in the page that opens full size in a Lightbox when clicked (or Enter/Space on it). */
export function LightboxImage({ src, alt, caption }: { src: string; alt: string; caption?: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="lightbox-open" onClick={() => setOpen(true)} aria-label={`Open ${alt} full size`} aria-haspopup="dialog">
        <img src={src} alt={alt} />
      </button>
      {/* In <body>, so no style of the page around the picture reaches the overlay. */}
      {open && createPortal(<Lightbox src={src} alt={alt} caption={caption} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
