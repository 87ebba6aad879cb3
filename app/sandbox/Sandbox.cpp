// Placeholder so the tree configures; the sandbox implementation replaces this file.
#include "sandbox/Sandbox.h"
