/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  KeyboardEvent,
  MouseEvent,
  PointerEvent,
  RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 2.5;
/** The zoom step of the buttons and keys. */
export const ZOOM_STEP = 1.25;
/** How far arrow keys pan, in screen pixels. */
export const PAN_STEP = 48;
/** Movement below this is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/** Translation in screen pixels, then scale, applied with origin 0 0. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export const IDENTITY: View = { x: 0, y: 0, scale: 1 };

function clampScale(scale: number) {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Number(scale.toFixed(3))));
}

/** Zooms by `factor`, keeping the canvas point under `origin` (screen pixels) in place. */
export function zoomAt(
  view: View,
  factor: number,
  origin: [number, number],
): View {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return {
    scale,
    x: Math.round(origin[0] - (origin[0] - view.x) * ratio),
    y: Math.round(origin[1] - (origin[1] - view.y) * ratio),
  };
}

/** The view showing all of `content` inside `viewport`, never above 100%. */
export function fitView(content: Size, viewport: Size): View {
  if (!viewport.width || !viewport.height) return IDENTITY;
  const scale = clampScale(
    Math.min(
      1,
      viewport.width / content.width,
      viewport.height / content.height,
    ),
  );
  return {
    scale,
    x: Math.round((viewport.width - content.width * scale) / 2),
    y: Math.round((viewport.height - content.height * scale) / 2),
  };
}

/** Pans the least needed to show the canvas rectangle `box` inside `viewport`. */
export function revealBox(
  view: View,
  box: { x: number; y: number; width: number; height: number },
  viewport: Size,
  margin = 16,
): View {
  if (!viewport.width || !viewport.height) return view;
  const shift = (start: number, length: number, available: number) => {
    const screenStart = start * view.scale;
    const screenEnd = (start + length) * view.scale;
    return (translate: number) => {
      if (screenStart + translate < margin) return margin - screenStart;
      if (screenEnd + translate > available - margin) {
        return Math.max(available - margin - screenEnd, margin - screenStart);
      }
      return translate;
    };
  };
  const x = shift(box.x, box.width, viewport.width)(view.x);
  const y = shift(box.y, box.height, viewport.height)(view.y);
  return x === view.x && y === view.y ? view : { ...view, x, y };
}

/** Wheel delta in pixels, whatever unit the device reports. */
function pixels(delta: number, mode: number) {
  if (mode === 1) return delta * 16;
  if (mode === 2) return delta * 400;
  return delta;
}

export interface PanZoom {
  view: View;
  setView: (view: View | ((view: View) => View)) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  reset: () => void;
  /** Pointer handlers for the viewport: drag anywhere to pan. */
  pointerHandlers: {
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onPointerMove: (e: PointerEvent<HTMLElement>) => void;
    onPointerUp: (e: PointerEvent<HTMLElement>) => void;
    onPointerCancel: (e: PointerEvent<HTMLElement>) => void;
    /** Swallows the click that ends a drag, so a drag never opens a stage. */
    onClickCapture: (e: MouseEvent<HTMLElement>) => void;
  };
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  dragging: boolean;
}

/**
 * Pan and zoom for the graph viewport:
 * - drag with any pointer button held to pan;
 * - Ctrl/⌘ + wheel (and trackpad pinch) zooms around the pointer; Shift +
 *   wheel or a sideways wheel pans horizontally; a plain vertical wheel is
 *   left to the page, so scrolling past a graph never traps the reader;
 * - keys `+` `-` zoom, `0` fits, arrows pan (from the viewport or a stage).
 */
export function usePanZoom(
  viewportRef: RefObject<HTMLElement | null>,
  content: Size,
  viewport: Size,
): PanZoom {
  const [view, setView] = useState<View>(IDENTITY);
  const viewportSize = useRef(viewport);
  viewportSize.current = viewport;
  const contentSize = useRef(content);
  contentSize.current = content;
  const drag = useRef<
    | {
        pointerId: number;
        startX: number;
        startY: number;
        view: View;
        moved: boolean;
      }
    | undefined
  >(undefined);
  const [dragging, setDragging] = useState(false);
  const suppressClick = useRef(false);

  const centre = (): [number, number] => [
    viewportSize.current.width / 2,
    viewportSize.current.height / 2,
  ];
  const zoomIn = useCallback(
    () => setView(v => zoomAt(v, ZOOM_STEP, centre())),
    [],
  );
  const zoomOut = useCallback(
    () => setView(v => zoomAt(v, 1 / ZOOM_STEP, centre())),
    [],
  );
  const fit = useCallback(
    () => setView(fitView(contentSize.current, viewportSize.current)),
    [],
  );
  const reset = useCallback(() => setView(IDENTITY), []);

  // React registers wheel listeners as passive; zooming must cancel the page scroll.
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return undefined;
    const onWheel = (e: WheelEvent) => {
      const dx = pixels(e.deltaX, e.deltaMode);
      const dy = pixels(e.deltaY, e.deltaMode);
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const rect = element.getBoundingClientRect();
        const origin: [number, number] = [
          e.clientX - rect.left,
          e.clientY - rect.top,
        ];
        setView(v => zoomAt(v, Math.exp(-dy * 0.002), origin));
      } else if (e.shiftKey || Math.abs(dx) > Math.abs(dy)) {
        e.preventDefault();
        const sideways = e.shiftKey && !dx ? dy : dx;
        setView(v => ({ ...v, x: v.x - sideways }));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [viewportRef]);

  const endDrag = (e: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId !== e.pointerId) return;
    suppressClick.current = drag.current.moved;
    drag.current = undefined;
    setDragging(false);
  };

  const pointerHandlers: PanZoom['pointerHandlers'] = {
    onPointerDown: e => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      drag.current = {
        pointerId: e.pointerId,
        startX: e.clientX,
        startY: e.clientY,
        view,
        moved: false,
      };
      suppressClick.current = false;
    },
    onPointerMove: e => {
      const current = drag.current;
      if (!current || current.pointerId !== e.pointerId) return;
      const dx = e.clientX - current.startX;
      const dy = e.clientY - current.startY;
      if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!current.moved) {
        current.moved = true;
        setDragging(true);
        // Keep receiving moves when the pointer leaves the viewport mid-drag.
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }
      setView({
        ...current.view,
        x: current.view.x + dx,
        y: current.view.y + dy,
      });
    },
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
    onClickCapture: e => {
      if (suppressClick.current) {
        suppressClick.current = false;
        e.stopPropagation();
        e.preventDefault();
      }
    },
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const pan = (dx: number, dy: number) => {
      e.preventDefault();
      setView(v => ({ ...v, x: v.x + dx, y: v.y + dy }));
    };
    switch (e.key) {
      case '+':
      case '=':
        e.preventDefault();
        zoomIn();
        break;
      case '-':
      case '_':
        e.preventDefault();
        zoomOut();
        break;
      case '0':
        e.preventDefault();
        fit();
        break;
      case 'ArrowLeft':
        pan(PAN_STEP, 0);
        break;
      case 'ArrowRight':
        pan(-PAN_STEP, 0);
        break;
      case 'ArrowUp':
        pan(0, PAN_STEP);
        break;
      case 'ArrowDown':
        pan(0, -PAN_STEP);
        break;
      default:
    }
  };

  return {
    view,
    setView,
    zoomIn,
    zoomOut,
    fit,
    reset,
    pointerHandlers,
    onKeyDown,
    dragging,
  };
}
