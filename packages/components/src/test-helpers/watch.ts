// Test helper: what went wrong while a piece of test code ran. Not published.
import { captureWarnings } from './index.js';

/**
 * Runs `fn`, collecting what it throws, uncaught errors (also from event listeners), unhandled rejections and
 * console warnings (without Lit's dev-mode notice).
 */
export async function watch(fn: () => Promise<unknown>): Promise<{ errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    errors.push(String(event.error ?? event.message));
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    errors.push(String(event.reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  let warnings: string[] = [];
  try {
    warnings = await captureWarnings(async () => {
      try {
        await fn();
      } catch (error) {
        errors.push(String(error));
      }
      // Let listeners that run after a task (timers, rejections) report too.
      await new Promise((resolve) => setTimeout(resolve));
    });
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { errors, warnings: warnings.filter((w) => !w.includes('dev mode')) };
}
