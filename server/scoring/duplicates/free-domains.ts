/**
 * Domains that say nothing about which organisation a record belongs to: consumer mailbox
 * providers, and sites where many organisations get a page under one domain. A shared
 * gmail.com or facebook.com is no evidence of a duplicate.
 */

/** Consumer mailbox providers: an address there does not name an employer. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  '126.com', '163.com', 'aol.com', 'att.net', 'bellsouth.net', 'btinternet.com',
  'comcast.net', 'cox.net', 'earthlink.net', 'fastmail.com', 'fastmail.fm', 'free.fr',
  'gmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'googlemail.com', 'hey.com', 'hotmail.co.uk',
  'hotmail.com', 'hotmail.de', 'hotmail.fr', 'icloud.com', 'laposte.net', 'libero.it',
  'live.com', 'mac.com', 'mail.com', 'mail.ru', 'me.com', 'msn.com', 'naver.com',
  'orange.fr', 'outlook.com', 'pm.me', 'proton.me', 'protonmail.com', 'qq.com',
  'rocketmail.com', 'sbcglobal.net', 't-online.de', 'tutanota.com', 'verizon.net',
  'web.de', 'yahoo.co.uk', 'yahoo.com', 'yahoo.fr', 'yandex.com', 'yandex.ru', 'ymail.com',
  'zoho.com',
])

/** Hosting, social and link services whose domain is shared by unrelated organisations. */
export const SHARED_SITE_DOMAINS: ReadonlySet<string> = new Set([
  'bit.ly', 'blogspot.com', 'business.site', 'carrd.co', 'facebook.com', 'fb.com',
  'github.com', 'godaddysites.com', 'google.com', 'instagram.com', 'jimdo.com',
  'linkedin.com', 'linktr.ee', 'medium.com', 'myshopify.com', 'site123.me',
  'squarespace.com', 'strikingly.com', 'tiktok.com', 'tumblr.com', 'twitter.com',
  'webflow.io', 'weebly.com', 'wix.com', 'wixsite.com', 'wordpress.com', 'x.com',
  'yelp.com', 'youtube.com',
])
