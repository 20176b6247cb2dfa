"""vetkit's in-container runner: the supervisor and its helpers.

Installed in the runner image as the package ``vetkit_runner``; the host imports
only ``protocol`` from here.  Standard library only, except ``nbexec``, which
uses nbclient inside the image.
"""
