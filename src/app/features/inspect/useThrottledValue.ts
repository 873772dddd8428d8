import { useEffect, useRef, useState } from 'react';

/**
 * The value, but changing at most once per `intervalMs`; the latest value
 * always arrives. The look inside uses it to pace its requests to the worker
 * (displays need no throttle of their own: the worker's report interval is it).
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(0);

  useEffect(() => {
    const wait = lastShownAt.current + intervalMs - performance.now();
    const show = () => {
      lastShownAt.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return undefined;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);

  return shown;
}
