/* sk-i18n.h — gettext for the core and the renderer: like
 * <glib/gi18n-lib.h>, but a string follows the document's language while
 * one is pushed (sk-doc-language.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-doc-language.h"

#undef _
#undef C_
#define _(String) sk_gettext (String)
#define C_(Context, String) sk_pgettext (Context "\004" String, strlen (Context) + 1)
#define SK_NGETTEXT(Singular, Plural, N) sk_ngettext (Singular, Plural, N)
/* ngettext () too follows the document's language, under its own name
 * so that xgettext finds the strings */
#undef ngettext
#define ngettext(Singular, Plural, N) sk_ngettext (Singular, Plural, N)
