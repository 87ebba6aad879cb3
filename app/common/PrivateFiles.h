#pragma once

#include <QString>

namespace wabadesk {

// WabaDesk's data (customer messages, media, the webhook journal, channel settings) is for its user alone
// (issue #15, item 9): directories 0700 and files 0600 on Unix. Elsewhere these do what QFile::setPermissions can.

// Creates the directory (and missing parents, which are made private too) and makes it private; true when it
// exists afterwards.
bool makePrivateDirectory(const QString& dir);
// Makes an existing file private (0600). False when it does not exist or cannot be changed.
bool makePrivateFile(const QString& path);
// Makes `dir` and everything below it private: for data written before this rule, or by a library that creates files
// with its own modes. Returns how many entries had to be changed.
int makePrivateTree(const QString& dir);

} // namespace wabadesk
