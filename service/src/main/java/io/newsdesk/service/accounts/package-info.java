/**
 * Accounts: users and their passwords (Argon2id), browsers' sessions, API tokens, Fever keys and
 * login throttling. {@link io.newsdesk.service.accounts.AccountService} is the entry point; the
 * web layer decides per request who it acts for with it.
 */
package io.newsdesk.service.accounts;
