/* sk-doc-language.c — documents in the board's written language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-i18n"

#include "config.h"

#include "sk-i18n.h"
#include <libintl.h>
#include <string.h>

#include "sk-doc-language.h"

/* One language's messages, read from its .mo file. */
typedef struct
{
  char       *data;       /* the file, kept for the program's life */
  GHashTable *messages;   /* msgid (with its context) → translation */
} Catalog;

static GMutex catalogs_lock;
static GHashTable *catalogs;   /* language → Catalog*, NULL when none */
static const char *override;   /* interned */

static void
stack_free (gpointer data)
{
  g_ptr_array_unref (data);
}

static GPrivate stack_key = G_PRIVATE_INIT (stack_free);

const char *
sk_doc_language_normalize (const char *language)
{
  if (language == NULL)
    return NULL;
  if (g_str_equal (language, "nn") || g_str_equal (language, "nb") || g_str_equal (language, "en"))
    return g_intern_string (language);
  return NULL;
}

gboolean
sk_doc_language_is_valid (const char *language)
{
  return sk_doc_language_normalize (language) != NULL;
}

void
sk_doc_language_set_override (const char *language)
{
  override = sk_doc_language_normalize (language);
}

const char *
sk_doc_language_get_override (void)
{
  return override;
}

void
sk_doc_language_push (const char *language)
{
  GPtrArray *stack = g_private_get (&stack_key);

  if (stack == NULL)
    {
      stack = g_ptr_array_new ();
      g_private_set (&stack_key, stack);
    }
  g_ptr_array_add (stack, (gpointer) sk_doc_language_normalize (language));
}

void
sk_doc_language_pop (void)
{
  GPtrArray *stack = g_private_get (&stack_key);

  g_return_if_fail (stack != NULL && stack->len > 0);
  g_ptr_array_set_size (stack, stack->len - 1);
}

const char *
sk_doc_language_current (void)
{
  GPtrArray *stack = g_private_get (&stack_key);

  if (stack == NULL || stack->len == 0)
    return NULL;
  if (override != NULL)
    return override;
  return g_ptr_array_index (stack, stack->len - 1);
}

static const char *
localedir (void)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);

  return dir ? dir : LOCALEDIR;
}

void
sk_i18n_init (void)
{
  const char *dir = g_getenv ("SAKSKART_LOCALEDIR");
  g_autofree char *exe = NULL;
  g_autofree char *build_root = g_path_get_dirname (BUILD_LOCALEDIR);
  g_autofree char *prefix = g_strconcat (build_root, G_DIR_SEPARATOR_S, NULL);

  /* A program of the build tree reads the build tree's catalogues. */
  exe = g_file_read_link ("/proc/self/exe", NULL);
  if ((dir == NULL || dir[0] == '\0') && exe != NULL && g_str_has_prefix (exe, prefix))
    dir = BUILD_LOCALEDIR;
  if (dir == NULL || dir[0] == '\0')
    dir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

static guint32
read_u32 (const char *data,
          gsize       offset,
          gboolean    swap)
{
  guint32 v;

  memcpy (&v, data + offset, 4);
  return swap ? GUINT32_SWAP_LE_BE (v) : v;
}

/* Reads a GNU .mo file; NULL when there is none or it is damaged. */
static Catalog *
catalog_load (const char *language)
{
  g_autofree char *path = g_build_filename (localedir (), language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  char *data = NULL;
  gsize length = 0;
  guint32 magic, n, originals, translations;
  gboolean swap;
  Catalog *catalog;

  if (!g_file_get_contents (path, &data, &length, NULL) || length < 28)
    goto fail;
  memcpy (&magic, data, 4);
  if (magic != 0x950412de && GUINT32_SWAP_LE_BE (magic) != 0x950412de)
    goto fail;
  swap = magic != 0x950412de;
  n = read_u32 (data, 8, swap);
  originals = read_u32 (data, 12, swap);
  translations = read_u32 (data, 16, swap);
  if (originals > length || translations > length ||
      (length - originals) / 8 < n || (length - translations) / 8 < n)
    goto fail;
  catalog = g_new0 (Catalog, 1);
  catalog->data = data;
  catalog->messages = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_u32 (data, originals + 8 * i, swap);
      guint32 ooff = read_u32 (data, originals + 8 * i + 4, swap);
      guint32 tlen = read_u32 (data, translations + 8 * i, swap);
      guint32 toff = read_u32 (data, translations + 8 * i + 4, swap);

      /* Each string is followed by a NUL; a plural's forms are
       * separated by NULs, so the key ends at the singular. */
      if (ooff >= length || length - ooff <= olen || toff >= length || length - toff <= tlen)
        continue;
      if (olen == 0 || data[ooff + olen] != '\0' || data[toff + tlen] != '\0')
        continue;
      g_hash_table_insert (catalog->messages, data + ooff, data + toff);
    }
  return catalog;

fail:
  g_free (data);
  g_debug ("no catalogue for %s at %s", language, path);
  return NULL;
}

static Catalog *
catalog_get (const char *language)
{
  Catalog *catalog;
  gpointer found;

  g_mutex_lock (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_lookup_extended (catalogs, language, NULL, &found))
    catalog = found;
  else
    {
      catalog = catalog_load (language);
      g_hash_table_insert (catalogs, (gpointer) language, catalog);
    }
  g_mutex_unlock (&catalogs_lock);
  return catalog;
}

/* The translation of `key` in the document's language: the key itself
 * in English or without a catalogue; NULL when no document language is
 * in force. */
static const char *
doc_lookup (const char *key)
{
  const char *language = sk_doc_language_current ();
  Catalog *catalog;
  const char *found;

  if (language == NULL)
    return NULL;
  if (g_str_equal (language, "en") || (catalog = catalog_get (language)) == NULL)
    return key;
  found = g_hash_table_lookup (catalog->messages, key);
  return found && found[0] ? found : key;
}

const char *
sk_gettext (const char *msgid)
{
  const char *found = doc_lookup (msgid);

  return found ? found : g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
sk_pgettext (const char *msgctxtid,
             gsize       msgidoffset)
{
  const char *found = doc_lookup (msgctxtid);

  if (found == NULL)
    return g_dpgettext (GETTEXT_PACKAGE, msgctxtid, msgidoffset);
  return found == msgctxtid ? msgctxtid + msgidoffset : found;
}

const char *
sk_ngettext (const char *msgid,
             const char *msgid_plural,
             gulong      n)
{
  const char *found = doc_lookup (msgid);

  if (found == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  if (found == msgid)
    return n == 1 ? msgid : msgid_plural;
  /* nn, nb and en: "nplurals=2; plural=(n != 1)" */
  return n == 1 ? found : found + strlen (found) + 1;
}

char *
sk_doc_month_name (int      month,
                   gboolean abbreviated)
{
  static const char * const nordic[] = {
    "januar", "februar", "mars", "april", "mai", "juni", "juli",
    "august", "september", "oktober", "november", "desember",
  };
  static const char * const english[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };
  const char *language = sk_doc_language_current ();
  const char *name;

  if (language == NULL || month < 1 || month > 12)
    return NULL;
  name = g_str_equal (language, "en") ? english[month - 1] : nordic[month - 1];
  return abbreviated ? g_strndup (name, 3) : g_strdup (name);
}
