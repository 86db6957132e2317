// 朗读本文: reads the page's title and text aloud with the browser's own speech synthesis
// (a zh-CN voice), one paragraph at a time, highlighting the one being read. Loaded on the
// first click of a [data-read-aloud] button; no third-party service.
import type { ReadTexts } from '../lib/build/bundles';

declare const READ_TEXTS: Record<'zh-CN' | 'en', ReadTexts>;
// The page's edition: English pages read with an English voice and English button labels.
const english = document.documentElement.lang.startsWith('en');
const texts = READ_TEXTS[english ? 'en' : 'zh-CN'];
const pageLang = english ? 'en' : 'zh-CN';

interface Session {
  parts: HTMLElement[];
  stop: HTMLButtonElement;
}

let session: Session | undefined;

/** The elements to read, in order: the title, then the text blocks that hold no other block. */
function readable(root: Element): HTMLElement[] {
  const title = document.querySelector<HTMLElement>('main h1');
  const blocks = [...root.querySelectorAll<HTMLElement>('h2, h3, p, li')].filter(
    (el) =>
      !el.querySelector('p, li') && !el.closest('[hidden], [data-pagefind-ignore], nav') && el.textContent?.trim(),
  );
  return title ? [title, ...blocks.filter((b) => b !== title)] : blocks;
}

/** A voice of the page's language: zh-CN (else any Chinese) or en (any English). */
function pageVoice(): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices();
  if (english) return voices.find((v) => /^en/i.test(v.lang));
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^zh/i.test(v.lang));
}

function finish(button: HTMLButtonElement): void {
  const hadFocus = session?.stop === document.activeElement;
  speechSynthesis.cancel();
  // Some browsers stay paused after cancel(); the next reading would never start.
  speechSynthesis.resume();
  for (const el of document.querySelectorAll('.reading')) el.classList.remove('reading');
  session?.stop.remove();
  session = undefined;
  button.textContent = texts.start;
  button.ariaPressed = 'false';
  if (hadFocus) button.focus();
}

function speak(i: number, button: HTMLButtonElement): void {
  const s = session;
  if (!s) return;
  for (const el of document.querySelectorAll('.reading')) el.classList.remove('reading');
  const el = s.parts[i];
  if (!el) {
    finish(button);
    return;
  }
  el.classList.add('reading');
  el.scrollIntoView({
    block: 'center',
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
  const u = new SpeechSynthesisUtterance(el.textContent?.trim() ?? '');
  u.lang = pageLang;
  const voice = pageVoice();
  if (voice) u.voice = voice;
  u.rate = 0.9;
  u.onend = () => {
    if (session === s) speak(i + 1, button);
  };
  speechSynthesis.speak(u);
}

/** Starts reading, or pauses and resumes when already reading. */
export function toggle(button: HTMLButtonElement): void {
  if (session) {
    if (speechSynthesis.paused) {
      speechSynthesis.resume();
      button.textContent = texts.pause;
    } else {
      speechSynthesis.pause();
      button.textContent = texts.resume;
    }
    return;
  }
  const root = document.querySelector('[data-read-root]');
  if (!root) return;
  const stop = document.createElement('button');
  stop.type = 'button';
  stop.className = button.className;
  stop.textContent = texts.stop;
  stop.addEventListener('click', () => finish(button));
  button.after(stop);
  session = { parts: readable(root), stop };
  button.textContent = texts.pause;
  button.ariaPressed = 'true';
  speechSynthesis.cancel();
  speak(0, button);
}
