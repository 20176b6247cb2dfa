#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read the string, then print the length and the start of the leftmost longest palindromic substring */
    return 0;
}
