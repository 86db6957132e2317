// The components editors may use in MDX without importing them.
import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import FirstStep from './FirstStep.astro';
import IfScammed from './IfScammed.astro';
import Phone from './Phone.astro';
import PublishedLimits from './PublishedLimits.astro';
import ScamNumbers from './ScamNumbers.astro';
import Site from './Site.astro';
import Steps from './Steps.astro';
import WrongNumbers from './WrongNumbers.astro';
import type { MdxComponentName } from './names';

/** Passed to every article's `<Content components={…} />`: exactly the names of ./names.ts. */
export const mdxComponents = {
  Callout,
  ContactCard,
  FirstStep,
  IfScammed,
  Phone,
  PublishedLimits,
  ScamNumbers,
  Site,
  Steps,
  WrongNumbers,
} satisfies Record<MdxComponentName, unknown>;
