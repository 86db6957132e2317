// What a page hands to the components it renders, for one render.
declare namespace App {
  interface Locals {
    /** A fix article's headings: its table of contents goes under the opening <FirstStep> box. */
    firstStepToc?: import('astro').MarkdownHeading[];
  }
}
