// English UI strings of the site shell: header, skip link, page titles, the 404 page (see src/i18n/index.ts).
export const site = {
  name: 'Tokens Abroad',
  navLabel: 'Site',
  navSources: 'Sources & methods',
  /** Label of the language switcher (the languages are named in themselves: English, Português, 中文). */
  languageNav: 'Language',
  skipToStory: 'Skip to the story',
  storyTitle: 'Tokens Abroad: how China exports electricity one AI token at a time',
  storyDescription:
    "An interactive explainer: a request from San Francisco, answered by a Chinese model, burns Chinese electricity. The power never leaves China's grid; its value crosses the Pacific, token by token.",
  notFoundTitle: 'Page not found · Tokens Abroad',
  notFoundDescription: 'This page does not exist. The story and its sources are one click away.',
  notFoundHeading: 'This page does not exist',
  notFoundText: 'The address may be mistyped, or the page may have moved. Nothing is lost:',
  notFoundStory: 'Read the story from the beginning',
  notFoundSources: 'See every source and how the numbers were checked',
} as const;
