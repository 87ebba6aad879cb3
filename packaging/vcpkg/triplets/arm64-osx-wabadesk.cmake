# vcpkg triplet for the macOS installer's arm64 half (.github/workflows/installers.yml builds both halves and joins
# them with lipo): static libraries, release only, for the same oldest macOS as the app (CMAKE_OSX_DEPLOYMENT_TARGET in
# the top CMakeLists.txt). Without the deployment target, vcpkg builds for the runner's own macOS version and the
# linker warns that the libraries need a newer system than the app claims.
set(VCPKG_TARGET_ARCHITECTURE arm64)
set(VCPKG_CRT_LINKAGE dynamic)
set(VCPKG_LIBRARY_LINKAGE static)
set(VCPKG_BUILD_TYPE release)
set(VCPKG_CMAKE_SYSTEM_NAME Darwin)
set(VCPKG_OSX_ARCHITECTURES arm64)
set(VCPKG_OSX_DEPLOYMENT_TARGET 12.0)
