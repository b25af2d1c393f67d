import { defineRule } from '../../engine/rule';

// The place where users manage their own data: "My Account", "account settings", "your profile page".
export default defineRule({
  id: 'account-page',
  category: 'access',
  patterns: [
    /\b(?:my account|account settings|edit profile|manage (?:my |your )?account|profile page|account (?:page|information section))\b/i,
  ],
  unless: [
    // E-mail or privacy preferences managed there are choices; a social network's account settings govern
    // that network; "depending on your account settings" describes what others receive.
    /\b(?:e-?mail|communication|privacy|marketing|advertising) (?:preferences|settings)\b/i,
    /\bsocial (?:media|network\w*)\b|\bdepending on\b|\bpublic (?:areas?|forums?)\b/i,
  ],
  examples: {
    match: [
      'Registered users can review their order history on the My Account page.',
      'You may access or modify your account on the User Profile page.',
    ],
    noMatch: [
      'Members may stop notifications by managing their email preferences in the My Account section.',
      'Depending on your account settings, multisite IDs may also provide other information to us.',
    ],
  },
});
