# Sources of the wall screen (fleetscope --kiosk, View -> Wall Screen), added to fleetscope_widgets.
target_sources(fleetscope_widgets PRIVATE
    kiosk/KioskTile.h
    kiosk/KioskTileBuilder.h kiosk/KioskTileBuilder.cpp
    kiosk/KioskTileModel.h kiosk/KioskTileModel.cpp
    kiosk/KioskPager.h kiosk/KioskPager.cpp
    kiosk/KioskTilePainter.h kiosk/KioskTilePainter.cpp
    kiosk/WallScreen.h kiosk/WallScreen.cpp
)
