/* sk-doc-language.h — documents in the board's written language
 *
 * A board writes Nynorsk, Bokmål or English whatever language the
 * desktop speaks.  While a document is made, sk_doc_language_push ()
 * makes every translated string of the core and the renderer (through
 * sk-i18n.h), and the numbers and dates of sk-format.h, follow the
 * document's language; sk_doc_language_pop () ends it.  The catalogues
 * are read from the .mo files themselves, so neither the locales that
 * are installed nor LANGUAGE nor the process's locale decide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "nn", "nb" or "en"; NULL for anything else. */
const char *sk_doc_language_normalize (const char *language);
gboolean    sk_doc_language_is_valid  (const char *language);

/* A language that outranks every document's own (the CLI's --language);
 * NULL to remove it. */
void        sk_doc_language_set_override (const char *language);
const char *sk_doc_language_get_override (void);

/* Makes this thread's documents speak `language` ("nn", "nb", "en"; NULL
 * or another value keeps the interface's language) until the matching
 * pop; the override, when set, wins.  Pushes nest. */
void        sk_doc_language_push (const char *language);
void        sk_doc_language_pop  (void);
/* The language now in force for documents, or NULL for the interface's. */
const char *sk_doc_language_current (void);

/* The folder with the translations: SAKSKART_LOCALEDIR, else the build
 * tree's when the program runs from it, else the installed one.  Binds
 * the text domain there. */
void        sk_i18n_init (void);

/* What _(), C_() and ngettext () become in the core and the renderer. */
/* Marked as format arguments, like gettext () itself: a translation is
 * checked as the format string it stands for. */
const char *sk_gettext   (const char *msgid) G_GNUC_FORMAT (1);
const char *sk_pgettext  (const char *msgctxtid,
                          gsize       msgidoffset) G_GNUC_FORMAT (1);
const char *sk_ngettext  (const char *msgid,
                          const char *msgid_plural,
                          gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

/* The name of a month (1–12) in the document's language, in full or its
 * first three letters, or NULL when no document language is in force. */
char       *sk_doc_month_name (int      month,
                               gboolean abbreviated);

G_END_DECLS
