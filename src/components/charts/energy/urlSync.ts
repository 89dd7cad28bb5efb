// The component side of src/lib/urlState.ts: writes a figure's settings into the address bar with
// history.replaceState (never pushState: the back button is not filled with every slider position), debounced
// so a slider drag writes once, after the reader stops. The story's #step hash is kept by the URL builder.
//   const url = urlWriter(() => energyUrl(location.pathname, location.search, location.hash, settings));
//   url.schedule();   // after each change
//   url.cancel();     // on destroy

export interface UrlWriter {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

export function urlWriter(build: () => string, delayMs = 250): UrlWriter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    try {
      history.replaceState(history.state, '', build());
    } catch {
      // A sandboxed frame may refuse: the figure works without the URL.
    }
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(write, delayMs);
    },
    flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        write();
      }
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Calls `speak(text)` once, `delayMs` after the last call to `say` (one polite announcement per pause). */
export function debouncedAnnouncer(speak: (text: string) => void, delayMs = 700) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(text: string, now = false) {
      clearTimeout(timer);
      if (now) speak(text);
      else timer = setTimeout(() => speak(text), delayMs);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
