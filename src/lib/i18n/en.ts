// The English UI strings: exactly the keys of zh-CN.ts (a missing or extra key fails `astro check`).
// Written for visitors who read no Chinese, not translated line by line.
import type { zhCN } from './zh-CN';

/** The English UI strings. */
export const en = {
  'site.name': 'ICBC e-CNY Wallet Help',
  'site.shortName': 'e-CNY Wallet Help',
  'site.description':
    'When an e-CNY wallet with ICBC fails to pay, will not open, is restricted or may be stolen: causes, step-by-step fixes, scam warnings and whom to call.',
  'lang.name': 'English',
  'lang.home': 'English edition home',
  'lang.offer': 'English edition →',

  'sections.causes.name': 'Causes',
  'sections.causes.summary': 'Why a wallet stops working: security checks, network, maintenance, limits.',
  'sections.fixes.name': 'Fixes',
  'sections.fixes.summary': 'Step by step, from what you see on the screen to a wallet that works again.',
  'sections.prevention.name': 'Staying safe',
  'sections.prevention.summary': 'Passwords, checks and the scams that target visitors, before they happen.',
  'sections.faq.name': 'Questions',
  'sections.faq.summary': 'Short answers to what visitors ask most about the wallet.',
  'sections.complaints.name': 'Contact & complaints',
  'sections.complaints.summary': 'Which number to dial from your phone, what to say, and how to complain.',

  'skipLink.label': 'Skip to content',
  'header.nav': 'Main navigation',
  'header.search': 'Search',
  'theme.toggle': 'Dark mode',

  'elder.toggle': 'Large text',
  'elder.call': 'Call\u00a0{number}',
  'elder.callPolice': 'Police\u00a0{number}',
  'elder.callBank': 'Bank\u00a0{number}',
  'read.start': 'Read aloud',
  'read.pause': 'Pause',
  'read.resume': 'Resume',
  'read.stop': 'Stop reading',
  'a11y.title': 'Accessibility',
  'a11y.description':
    'How this site works for readers who see, hear or move with difficulty: large-text mode, read-aloud, keyboard use, zoom, and what to do if you get stuck.',
  'a11y.lead':
    'Everyone with a wallet problem should be able to read this site, including older readers and readers who see, hear or move with difficulty. The site follows WCAG 2.2 AA and is checked automatically on every update.',
  'a11y.elder.title': 'Large-text mode',
  'a11y.elder.1':
    'Every page has a “Large text” button at the top. One tap switches the whole site; the button shows a tick while it is on. Tap again to switch back. Your choice is remembered.',
  'a11y.elder.2':
    'In large-text mode the text is bigger (at least 20 pixels), lines are wider apart and contrast is stronger (at least 7:1).',
  'a11y.elder.3':
    'Buttons and navigation links are at least 60 × 60 pixels; the page keeps one column and drops secondary parts such as the table of contents.',
  'a11y.elder.4':
    'A “Call {number}” button stays at the bottom of the screen. On pages about scams it is split in two: police 110 first, then the bank on {number}.',
  'a11y.read.title': 'Read aloud',
  'a11y.read.1':
    'Articles and troubleshooter results have a “Read aloud” button that reads the title and text with your device’s own English voice, marking the paragraph being read.',
  'a11y.read.2': 'You can pause, resume or stop. Reading happens on your device; no text is sent to anyone.',
  'a11y.read.3': 'If your browser has no English voice, the button does not appear.',
  'a11y.everyday.title': 'Everyday design',
  'a11y.everyday.1':
    'Line height is at least 1.3 times the text size, with more space between paragraphs; text contrast is at least 4.5:1 in both light and dark themes.',
  'a11y.everyday.2': 'Main buttons are at least 44 × 44 pixels. Zoomed to 200 %, no content is cut off.',
  'a11y.everyday.3':
    'Everything works with the keyboard alone: Tab to move, Enter to open; / or Ctrl + K opens search, arrow keys choose a result, Esc closes.',
  'a11y.everyday.4': 'No ads, no pop-ups, no sound or video that plays by itself, no personal data collected.',
  'a11y.everyday.5':
    'Without JavaScript you can still read every article, use the troubleshooter and browse all articles.',
  'a11y.help.title': 'If you get stuck',
  'a11y.help':
    'If this site is hard to use, or you need someone to help with your wallet, call the ICBC customer-service line',

  'home.title': 'Wallet trouble? Start here',
  'home.lead':
    'Find the cause and the fix from what you see on your screen. When your money may be at risk, contact the bank directly.',
  'home.searchLabel': 'Search the help articles',
  'home.tasksTitle': 'What visitors ask most',
  'home.sectionsTitle': 'Browse by topic',
  'home.articleCount': '{count} articles',
  'home.closing':
    'Most wallet problems have a clear cause and a clear fix. When in doubt, call the bank’s official number.',

  'urgent.title': 'Think your account was stolen, or see a payment you did not make?',
  'urgent.body': 'Hang up any suspicious call and stop screen sharing first, then call the ICBC hotline to report it.',
  'urgent.call': 'Call\u00a0{number}',
  'urgent.sms': 'Anyone who asks for your SMS code is a scammer. Bank staff never ask for it.',
  'urgent.scammed': 'Already sent money to someone? First call',
  'urgent.scammedThen': '(police), then the bank.',
  'urgent.scammedLink': 'What to do if you were scammed',

  'section.description': '{name}: {summary} {count} articles, based on what ICBC and official sources publish.',
  'section.empty': 'This section has no articles yet.',

  'breadcrumbs.label': 'You are here',
  'breadcrumbs.home': 'Home',

  'article.updated': 'Updated',
  'article.toc': 'On this page',
  'article.prev': 'Previous',
  'article.next': 'Next',
  'article.prevNext': 'More in this section',
  'article.related': 'Related articles',
  'article.edit': 'Edit this page on Git',
  'article.report': 'Report a problem with this page',
  'article.reportBody':
    'Please say what is wrong or unclear. Do not include any personal data (name, phone number, card number, codes).',
  'article.draft': 'Draft: this article is not published; it shows only in a local preview.',

  'contact.title': 'Still not solved?',
  'contact.lead':
    'These are the verified official channels. Contact the bank only through them, never through numbers found in search results or messages.',
  'contact.call': 'Call',
  'contact.visit': 'Visit',
  'contact.never': 'The bank never asks for your password or SMS code.',
  'contact.abroad': '(from outside the mainland)',

  'route.diagnose': 'Try the troubleshooter',
  'route.diagnoseBody': 'Answer two or three questions to see whether something else is the cause.',
  'route.diagnoseAction': 'Start the troubleshooter',
  'route.bank': 'Call ICBC customer service',
  'route.bankBody': 'Open 24 hours. Say what happened and what you have already tried.',
  'route.complain': 'Not solved by the bank? Complain',
  'route.complainBody': 'Complain to the bank first; if that does not help, go to the regulators.',
  'route.complainAction': 'See the order of complaints',
  'route.police': 'Money already gone? Call the police first',
  'route.policeBody': 'Call at once and say which account you paid and how much.',
  'route.bankFraud': 'Then call ICBC customer service',
  'route.bankFraudBody':
    'If you gave away a password or code, or money is missing, ask the bank to freeze the account and change the password.',
  'route.complainFraudBody':
    'If you disagree with how the bank handled it, complain in the usual order. The scam itself is a matter for the police; the regulators’ lines take complaints about the bank.',

  'firstStep.title': 'Do this first',
  'scammed.lead': 'Already sent money to someone?',
  'scammed.call': 'First call ',
  'scammed.then': ' (police), then follow',
  'scammed.link': 'What to do if you were scammed',
  'scammed.end': '.',
  'limits.lead': 'Limits published by {by} in {when}:',
  'limits.row': '{tier}: balance up to {balance}, up to {payment} per payment, up to {day} per day.',
  'limits.note':
    'These are the figures published then; they have changed since. The app shows your wallet’s tier and current limits.',

  'callout.tip': 'Tip',
  'callout.warning': 'Note',
  'callout.danger': 'Warning',
  'scamNumbers.title': 'These are not ICBC numbers',
  'wrongNumbers.title': 'Numbers passed around online that are not ICBC customer service',
  'scamNumbers.lead': 'If a call or message comes from a number like these, do not answer, reply or call back:',

  'search.title': 'Search',
  'search.description':
    'Search every article of the e-CNY wallet help: failed payments, restricted accounts, suspected theft, SMS codes that do not arrive and more.',
  'search.label': 'Describe your problem',
  'search.placeholder': 'e.g. payment failed, account frozen',
  'search.button': 'Search',
  'search.loading': 'Searching…',
  'search.count': '{count} articles found',
  'search.dialogTitle': 'Search the help articles',
  'search.close': 'Close search',
  'search.more': 'See all results on the search page',
  'search.hint': '↑ ↓ to choose, Enter to open, Esc to close',
  'search.keywords': 'Search terms',
  'search.none': 'No article matches “{query}”.',
  'search.noneHelp': 'Try other words, or look in the sections below:',
  'search.fullTextUnavailable': 'Full-text search is not available right now; that does not mean there is no article.',
  'search.fullTextGaveUp':
    'Full-text search is not working right now: no answer in {seconds} seconds. This does not mean there are no articles.',
  'search.queryCut': 'Your text was too long; only the first {count} characters were searched.',
  'search.siteUpdated': 'The site has been updated. Please reload the page.',
  'search.reload': 'Reload page',
  'search.offSite': 'No article on this site covers {words}.',
  'search.offSiteHelp': 'You can ask ICBC customer service directly:',
  'search.maybeTitle': 'Possibly related',
  // Shown on the other edition's search (a Chinese page, a query in English), in this language.
  'search.editionOffer': 'Search the English edition for “{query}”',
  'search.fullTextUnavailableHelp': 'The network is slow or something failed. Open a question above, or',
  'search.allArticlesLink': 'browse all articles',
  'search.suggestTitle': 'You may be asking',
  'search.suggestCount': '{count} matching questions, looking for more articles…',
  'search.hotTitle': 'Common questions',
  'search.callHelp': 'Still nothing? Call the ICBC customer-service line',
  'search.allArticles': 'All articles',
  'search.sectionAll': 'All {count} articles in “{name}”',
  'search.filterLabel': 'Only this section',
  'search.filterAll': 'All sections',
  'search.noJs': 'Search needs JavaScript. You can also browse all the articles below.',

  'diagnose.name': 'Troubleshooter',
  'diagnose.title': 'Troubleshooter: find the fix in a few steps',
  'diagnose.description':
    'Not sure what is wrong with your wallet? Answer a few simple questions to reach the right steps, and learn when to call the bank first.',
  'diagnose.questionDescription':
    'Troubleshooter: {question} Choose what you see to reach the fix and the official contacts.',
  'diagnose.lead': 'You do not need to know what the problem is called. Choose what you see.',
  'diagnose.step': 'Step {step}',
  'diagnose.restart': 'Start again',
  'diagnose.back': 'Back one step',
  'diagnose.result': 'Result',
  'diagnose.read': 'Read next',
  'diagnose.urgentTitle': 'Call {number} first',
  'diagnose.urgentBody':
    'Hang up any suspicious call and stop screen sharing first, then call this number so the bank can freeze the account or report the loss. If you sent money because someone told you to, call the police on 110 first.',
  'diagnose.urgentBodyPolice':
    'The money has gone to someone else: call the police first; they can ask for an emergency stop on the scammer’s account. Then read on.',
  'diagnose.cta': 'Not sure what is wrong? Try the troubleshooter',
  'diagnose.urgentTitleFirst': 'Do these two things now',
  'diagnose.urgentThenCall': 'Then call {number} to report the loss or freeze your cards and account.',
  'diagnose.ctaBody': 'Answer two or three questions and go straight to the fix.',
  'diagnose.answers': 'Choose one',

  'notices.title': 'Service notices',
  'notices.description':
    'Maintenance, outage and scam-warning notices about the e-CNY wallet with ICBC, with source and dates. ICBC’s official channels always come first.',
  'notices.current': 'In effect now',
  'notices.upcoming': 'Coming up',
  'notices.past': 'Ended',
  'notices.none':
    'This site is not passing on any notice right now. That does not mean there is no maintenance: this site does not copy every ICBC notice.',
  'notices.whereSite': 'For maintenance and outages, see the ICBC website',
  'notices.whereApp': 'and the notices in the ICBC app, or call',
  'notices.whereEnd': 'to ask.',
  'notices.noneUpcoming': 'No notice is coming up.',
  'notices.nonePast': 'No notice has ended yet.',
  'notices.beijingTime': '(Beijing time)',
  'notices.banner': 'Service notice',
  'notices.more': 'Details',
  'notices.source': 'Source: ',
  'notices.from': 'From',
  'notices.until': 'Until',
  'notices.untilRemoved': 'Until further notice',
  'notices.official':
    'Notices come from the bank’s official channels; this site only passes them on. The latest notices on the ICBC website and app come first.',
  'feed.title': 'Updates and notices',
  'feed.description': 'New and updated articles and service notices of the e-CNY wallet help.',

  'offline.title': 'You are offline',
  'offline.description':
    'Your phone is not connected right now. Help pages you have opened before can be read offline; calling the bank does not need the internet.',
  'offline.saved': 'Offline copy saved on {date}; it may not be the latest.',
  'offline.savedUndated': 'Offline copy saved earlier; it may not be the latest.',
  'offline.savedList': 'Articles saved on this phone for offline reading',
  'offline.lead':
    'This page is not saved on your phone yet. Articles you have opened and search work offline; in an emergency, call: a phone call needs no internet.',

  'notFound.title': 'Page not found',
  'notFound.description': 'The page you are looking for does not exist or has moved. Search, or find help by section.',
  'notFound.lead': 'There is nothing at this address: the link may be wrong, or the article has moved.',

  'footer.independent':
    'This site is independent help, not the official website of Industrial and Commercial Bank of China (ICBC). What ICBC’s official channels publish always comes first.',
  'footer.privacy':
    'This site collects no personal data and uses no tracking or analytics. Never type a password or SMS code into any web page.',
  'footer.official': 'ICBC official customer service: ',
} as const satisfies Record<keyof typeof zhCN, string>; // also rejects keys zh-CN lacks (excess-property check)
